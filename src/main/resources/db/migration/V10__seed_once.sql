-- What has been seeded (starter phrase lists, the demo platform): the first node to insert a name does the seeding,
-- in the same transaction; a node starting at the same moment waits for it on the primary key and then skips.
create table seed_marker (
    name       varchar(100) primary key,
    seeded_at  timestamp with time zone not null
);
