-- Reporters come back: when the review of a case began (for the status timeline), one-time links that withdraw a
-- reporter's consent to mail, and mail to reporters kept apart from mail to staff in the outbox.

alter table case_file add column review_started_at timestamp with time zone;

-- One row per link sent in a mail to a reporter. Only a hash of the link's secret is kept, so the table cannot be
-- used to withdraw anyone's consent; using a link deletes the address and every link of that report.
create table contact_link (
    token_hash  varchar(64)  not null primary key,
    report_id   bigint       not null references report (id),
    created_at  timestamp with time zone not null
);
create index contact_link_report on contact_link (report_id);

-- STAFF or REPORTER. A reporter's mail is erased from the outbox (address and text) once it is sent, and is never
-- shown to admins with its address.
alter table outbox_message add column audience varchar(16) not null default 'STAFF';
-- RFC 8058 one-click unsubscribe address of a reporter's mail; erased with the rest once sent.
alter table outbox_message add column unsubscribe_url varchar(500);
