//! The storage backends themselves: the suite really runs where it was pointed, both migration
//! trees build the same schema, and a refused upload leaves nothing in an object store.

use crate::common;

use std::collections::BTreeSet;

use crate::common::spawn_app;
use app::server::storage;
use domain::Role;
use reqwest::multipart::{Form, Part};
use serde_json::json;
use sqlx::AnyPool;

fn on_postgres() -> bool {
    std::env::var("VAARDIG_TEST_POSTGRES").is_ok()
}

#[tokio::test]
async fn the_suite_runs_on_the_backend_it_was_pointed_at() {
    let app = spawn_app().await;
    let (query, product) = if on_postgres() {
        ("select version()", "PostgreSQL")
    } else {
        ("select 'SQLite ' || sqlite_version()", "SQLite")
    };
    let version: String = sqlx::query_scalar(query).fetch_one(&app.db).await.unwrap();
    assert!(version.starts_with(product), "{version}");
    let blob_url = app.storage.blob_url();
    let scheme = if std::env::var("VAARDIG_TEST_BLOB_URL").is_ok() { "s3://" } else { "file://" };
    assert!(blob_url.starts_with(scheme), "{blob_url}");
}

/// Tables with their columns and whether they may be null, foreign keys with their delete rule,
/// indexes that back no constraint, and triggers.
async fn schema(db: &AnyPool, postgres: bool) -> BTreeSet<String> {
    let queries: [&str; 4] = if postgres {
        [
            "select table_name || '.' || column_name || case is_nullable when 'NO' then ' not null' else '' end
             from information_schema.columns
             where table_schema = 'public' and table_name <> '_sqlx_migrations'",
            "select 'foreign key ' || k.table_name || '.' || k.column_name || ' -> ' || u.table_name
                    || ' on delete ' || r.delete_rule
             from information_schema.referential_constraints r
             join information_schema.key_column_usage k on k.constraint_name = r.constraint_name
             join information_schema.constraint_table_usage u on u.constraint_name = r.constraint_name
             where r.constraint_schema = 'public'",
            "select 'index ' || indexname from pg_indexes i where schemaname = 'public'
             and not exists (select 1 from pg_constraint c where c.conname = i.indexname)",
            "select distinct 'trigger ' || trigger_name || ' on ' || event_object_table
             from information_schema.triggers",
        ]
    } else {
        [
            "select m.name || '.' || p.name || case when p.\"notnull\" or p.pk > 0 then ' not null' else '' end
             from sqlite_master m join pragma_table_info(m.name) p
             where m.type = 'table' and m.name not like 'sqlite_%' and m.name <> '_sqlx_migrations'",
            "select 'foreign key ' || m.name || '.' || f.\"from\" || ' -> ' || f.\"table\"
                    || ' on delete ' || f.on_delete
             from sqlite_master m join pragma_foreign_key_list(m.name) f where m.type = 'table'",
            "select 'index ' || name from sqlite_master
             where type = 'index' and name not like 'sqlite_autoindex_%'",
            "select 'trigger ' || name || ' on ' || tbl_name from sqlite_master where type = 'trigger'",
        ]
    };
    let mut found = BTreeSet::new();
    for query in queries {
        found.extend(sqlx::query_scalar::<_, String>(query).fetch_all(db).await.unwrap());
    }
    found
}

/// Only meaningful in the PostgreSQL pass of the suite: it compares the two backends.
#[tokio::test]
async fn both_migration_trees_build_the_same_schema() {
    let Some(postgres_url) = common::fresh_database().await else {
        eprintln!("VAARDIG_TEST_POSTGRES not set: the PostgreSQL schema is compared in the PostgreSQL pass");
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    let sqlite_url = format!("sqlite://{}?mode=rwc", folder.path().join("v.db").display());
    let mut schemas = Vec::new();
    for (url, postgres) in [(&sqlite_url, false), (&postgres_url, true)] {
        storage::migrate(url).await.unwrap();
        schemas.push(schema(&storage::connect(url, Default::default()).await.unwrap(), postgres).await);
    }
    for expected in ["decision.verdict not null", "trigger award_revises on award"] {
        assert!(schemas[0].contains(expected), "{expected} missing from {:?}", schemas[0]);
    }
    assert!(schemas[0].iter().any(|item| item.starts_with("foreign key ")), "{:?}", schemas[0]);
    let only_sqlite: Vec<_> = schemas[0].difference(&schemas[1]).collect();
    let only_postgres: Vec<_> = schemas[1].difference(&schemas[0]).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "SQLite only: {only_sqlite:?}; PostgreSQL only: {only_postgres:?}"
    );
}

#[tokio::test]
async fn a_refused_upload_leaves_no_object_in_the_bucket() {
    let app = spawn_app().await;
    app.account("cursist@centrum.be", Role::Student).await;
    let student = app.signed_in("cursist@centrum.be").await;
    let meta = json!({ "kind": "file", "title": "Rapport", "date": "2026-11-20" });
    let upload = |name: &'static str, bytes: Vec<u8>| {
        let form =
            Form::new().text("meta", meta.to_string()).part("file", Part::bytes(bytes).file_name(name));
        student.post(app.url("/api/v1/evidence")).multipart(form).send()
    };
    let executable = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0".repeat(100);
    assert_eq!(upload("rapport.pdf", executable).await.unwrap().status(), 415);
    let mut too_large = b"%PDF-1.7 ".to_vec();
    too_large.resize(common::MAX_UPLOAD_BYTES as usize + 1, b'x');
    assert_eq!(upload("groot.pdf", too_large).await.unwrap().status(), 413);
    assert!(app.blob_files().await.is_empty(), "left behind: {:?}", app.blob_files().await);
    assert_eq!(upload("goed.pdf", b"%PDF-1.7 goed".to_vec()).await.unwrap().status(), 201);
    assert_eq!(app.blob_files().await.len(), 1);
}
