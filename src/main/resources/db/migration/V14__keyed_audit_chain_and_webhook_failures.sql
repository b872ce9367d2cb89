-- Finding 12: the audit chain is keyed (HMAC-SHA256 under a key derived from the secrets key). The head says which
-- scheme the rows are sealed under: 1, the unkeyed SHA-256 of before, until the portal seals them at its next start
-- (audit.ChainSealing); 2 from then on. A log with no row yet is keyed from its first row.
alter table audit_head add column hash_version integer default 1 not null;
update audit_head set hash_version = 2 where last_id = 0;

-- Finding 11: failed webhook attempts were stored with an exception's name or the exact status; admins are shown the
-- class of the failure only, so the rows keep no more than that.
update webhook_delivery set last_error = 'connection failed' where last_error like 'cannot reach the endpoint%';
update webhook_delivery set last_error = 'timed out' where last_error like 'no answer within%';
update webhook_delivery set last_error = 'unreachable earlier in this run'
    where last_error like 'the endpoint was unreachable%';
update webhook_delivery set last_error = 'HTTP 1xx' where last_error like 'HTTP 1__';
update webhook_delivery set last_error = 'HTTP 3xx' where last_error like 'HTTP 3__';
update webhook_delivery set last_error = 'HTTP 4xx' where last_error like 'HTTP 4__';
update webhook_delivery set last_error = 'HTTP 5xx' where last_error like 'HTTP 5__';
