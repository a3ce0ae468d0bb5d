# account

# The top bar.
account-nav-main = Main menu
account-nav-home = Home
account-nav-evidence = Evidence items
account-nav-queue = To assess
account-nav-staff = Staff
account-nav-audit-log = Audit log
account-nav-outbox = Messages
account-nav-record = Register
account-nav-catalog-files = Catalogue files
account-nav-catalog = Catalogue
account-nav-notifications = Notifications
account-nav-unread = unread
account-nav-logout = Sign out
account-nav-login = Sign in

# Signing in.
account-login-heading = Sign in
account-login-intro = Sign in with the email address and password your centre gave you.
account-email-label = Email address
account-password-label = Password
account-login-submit = Sign in
account-login-forgot = Forgotten your password?

# A password without signing in.
account-forgot-heading = Forgotten password
account-forgot-intro = Enter the email address you sign in with; we will email you a link.
account-forgot-submit = Send the link
account-forgot-sent = If an account with this email address exists, you will shortly receive an email with a link to choose a new password. The link stays valid for 1 hour.
account-forgot-back = Back to signing in
account-choose-title = Choose a password
account-choose-heading = Choose your password
account-choose-submit = Set password
account-choose-done = Your password has been set.
account-choose-sign-in = Sign in now

# My account.
account-my-heading = My account
account-change-password-heading = Change password
account-current-password = Current password
account-change-password-submit = Change password
account-password-changed = Your password has been changed. You have been signed out on your other devices.
account-everywhere-heading = Sign out everywhere
account-everywhere-intro = Signs you out on every device you are signed in on, including this one.
account-everywhere-submit = Sign out everywhere
account-email-heading = Notifications by email
account-email-intro = Notifications are always under 'Notifications'. Choose for each kind whether you also get them by email immediately, in a daily digest, or never.
account-role-gets-no-notifications = Your role does not receive notifications.
account-save = Save
account-choice-saved = Your choice has been saved.

# Notifications.
account-notifications-heading = Notifications
account-notifications-empty = You have no notifications.
account-notifications-summary = { $count ->
        [0] All read.
        [one] 1 unread notification.
       *[other] { $count } unread notifications.
    }
account-notifications-mark-all = Mark all as read
account-notifications-mark-one = Mark as read

# An address that does not exist.
account-not-found-heading = Page not found
account-not-found-text = This page does not exist.
account-not-found-home = Back to the home page
