//! Pieces several pages show. Pages import these, never each other.

pub mod announcer;
pub mod chosen_file;
pub mod conversation;
pub mod evidence;
pub mod forms;
pub mod inert;
pub mod language;
pub mod loaded;
pub mod progress;
pub mod raw_text;
pub mod scroll_box;
pub mod skill_picker;
pub mod status;
pub mod title;
