-- Issue 15, STATEMENTS-DSA-FINISH: every restriction gets a statement of reasons, also an upload screening held or
-- blocked when the platform gave no content id (scope UPLOAD, named by the platform's reference or by a hash of the
-- bytes), a ban by a supervisor's hand with no case, and the end of a ban (restriction BAN_LIFTED, a new version of
-- the ban's statement). No free text: the reference is the platform's own id, the hash a hash.
alter table statement_of_reasons drop constraint statement_scope;
alter table statement_of_reasons add constraint statement_scope check (scope in ('CONTENT', 'ACCOUNT', 'UPLOAD'));
alter table statement_of_reasons add column upload_reference varchar(200);
-- sha256, md5 or pdq; the hash in lower-case hex.
alter table statement_of_reasons add column upload_hash_type varchar(16);
alter table statement_of_reasons add column upload_hash varchar(128);
