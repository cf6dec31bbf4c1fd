-- Each dead letter an operator sent back to its original topic: once, by whom, when. The key is the dead
-- letter's place on its topic, so a second replay of the same one finds it taken and is refused.
CREATE TABLE dead_letter_replay (
    dead_letter_topic     varchar(249) NOT NULL,
    dead_letter_partition integer      NOT NULL,
    dead_letter_offset    bigint       NOT NULL,
    original_topic        varchar(249) NOT NULL,
    replayed_by           varchar(255) NOT NULL,
    replayed_at           timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (dead_letter_topic, dead_letter_partition, dead_letter_offset)
);
