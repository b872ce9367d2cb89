-- Issue 14, LEGAL: the installation's key that signs evidence packages (Ed25519), made once on first use. The fixed
-- slot makes it one per installation even when several nodes make one at the same moment: the insert of every node but
-- the first does nothing (on conflict), and each then reads the one that won. The private key is sealed with the
-- secrets key (platform.secrets.SecretSeal), so a copy of this table alone signs nothing.
create table evidence_signing_key (
    slot         varchar(16)   not null primary key,
    algorithm    varchar(16)   not null,
    -- The public key, X.509 SubjectPublicKeyInfo in base64 (what public-key.pem carries).
    public_key   varchar(200)  not null,
    -- Hex SHA-256 of the public key's DER: the fingerprint shown to LEGAL users and written in every manifest.
    fingerprint  varchar(64)   not null,
    -- The private key, PKCS#8 in base64, sealed (sealed:v1:...).
    private_key  varchar(400)  not null,
    created_at   timestamp with time zone not null,
    constraint evidence_signing_key_slot check (slot = 'installation')
);
