-- Partner banks: hash lists imported from outside (an industry list, a partner's export), each a bank of its own with
-- where it came from and how far it is trusted. An untrusted bank's entries hold matches for review until a reviewer's
-- decision confirms or rejects each one; a rejected entry goes back to its source as feedback, in the bank's format.
alter table hash_bank add column partner_source varchar(200);
-- TRUSTED or UNTRUSTED: what a match on an entry nobody here has reviewed does (block, or hold for review).
alter table hash_bank add column trust_level varchar(16) default 'TRUSTED' not null;
-- The format the bank's list came in (RECOURSE_CSV, RECOURSE_JSON_LINES, TE_SIGNALS, TE_QUERY_CSV, TE_DESCRIPTORS):
-- feedback goes back in it.
alter table hash_bank add column list_format varchar(24);
-- Set while too many of its reviewed entries were rejected (the rate is a setting); supervisors were mailed once.
alter table hash_bank add column flagged_at timestamp with time zone;
-- The partner's own id for the entry (a ThreatExchange descriptor or indicator id), for feedback to name it.
alter table bank_entry add column source_ref varchar(100);
