-- TOTP seeds and webhook secrets are now sealed (AES-GCM, base64, with a prefix): room for the longer values.
alter table staff_account alter column totp_secret set data type varchar(200);
alter table webhook_endpoint alter column secret set data type varchar(400);
