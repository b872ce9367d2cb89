-- The queue only ever reads open cases, a small part of a large history: partial indexes over open cases let it read
-- the first page in index order and count without touching closed rows. (PostgreSQL only; H2 has no partial indexes.)
create index case_file_open_by_due on case_file (review_due_at, severity desc, report_count desc, id)
    where status <> 'CLOSED';
create index case_file_open_by_category on case_file (category, review_due_at)
    where status <> 'CLOSED';
