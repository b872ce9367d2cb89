-- The language a staff member works in (that of their last sign-in), for the mail the portal sends them.
alter table staff_account add column language varchar(16) not null default 'en';
