-- The 48-hour legal track, finished: the language the removal request was made in, so that its acknowledgement and
-- its outcome reach the requester in it (English or French). Personal like the address it goes with: erased with it
-- (the consented contact addresses' retention rule, contact.ContactEraser).
alter table report add column removal_language varchar(16);
