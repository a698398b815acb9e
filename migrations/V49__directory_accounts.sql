-- An account of the staff directory (LDAP / Active Directory, docs/directory.md): created and kept up to date at
-- each of its owner's logins from the directory's groups; its password is the directory's, never ours.
alter table staff_user add column directory_account boolean default false not null;
