package org.recourse.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.matching.hash.PdqHash;

@DisplayName("One substring's table")
class SubstringTableTest {

    @ParameterizedTest(name = "threshold {0}, substring {1}, {2} bucket bits")
    @CsvSource({"31, 0, 20", "31, 0, 12", "31, 0, 4", "31, 10, 20", "31, 10, 8", "40, 0, 6", "40, 9, 21", "8, 0, 16"})
    @DisplayName("collects exactly the live entries whose substring lies within the radius, however the bits are split")
    void collectsExactlyTheNeighbours(int threshold, int substring, int bucketBits) {
        // Arrange: clustered values, so that buckets near the query are full
        SubstringLayout layout = SubstringLayout.forSize(threshold, 10_000_000);
        RandomHashes random = new RandomHashes(bucketBits);
        PdqHash centre = random.next();
        SlotStore store = new SlotStore(0);
        for (long id = 0; id < 3_000; id++) {
            store.append(id, random.flipped(centre, random.nextInt(12)));
        }
        store.kill(store.slotOf(17));
        Slots slots = store.view();
        SubstringTable table = SubstringTable.build(layout, substring, slots, slots.liveBits(), bucketBits);
        QueryScratch scratch = new QueryScratch();

        for (int q = 0; q < 50; q++) {
            long[] query = words(random.flipped(centre, random.nextInt(8)));
            int key = layout.substring(query, 0, substring);
            scratch.candidates().clear();

            // Act
            table.collect(key, layout.radius(substring), scratch);

            // Assert
            List<Integer> found = new ArrayList<>();
            for (int k = 0; k < scratch.candidates().size(); k++) {
                found.add(scratch.candidates().get(k));
            }
            assertThat(found).containsExactlyInAnyOrderElementsOf(within(layout, substring, slots, key));
        }
    }

    @ParameterizedTest(name = "{0} entries")
    @CsvSource({"10000000, 20", "16000000, 21", "1000000, 17", "10485760, 20", "10485761, 21", "100, 4"})
    @DisplayName("sizes buckets to hold 5 to 10 entries on average, so that few overflow their cache line")
    void bucketsHoldFiveToTenEntries(int entries, int expectedBits) {
        int bits = SubstringTable.bucketBits(24, entries, entries);

        assertThat(bits).isEqualTo(expectedBits);
        assertThat((double) entries / (1 << bits)).isBetween(5.0, 10.0);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("keeps every entry of a bucket far fuller than its line, in the line and in the overflow")
    void overflowingBucketKeepsEveryEntry() {
        SubstringLayout layout = SubstringLayout.forSize(31, 10_000_000);
        RandomHashes random = new RandomHashes(7);
        PdqHash centre = random.next();
        SlotStore store = new SlotStore(0);
        for (long id = 0; id < 100; id++) {
            store.append(id, centre);
        }
        for (long id = 100; id < 400; id++) {
            store.append(id, random.next());
        }
        Slots slots = store.view();
        SubstringTable table = SubstringTable.build(layout, 0, slots, slots.liveBits(), 12);
        QueryScratch scratch = new QueryScratch();
        int key = layout.substring(words(centre), 0, 0);

        table.collect(key, 0, scratch);

        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < scratch.candidates().size(); k++) {
            found.add(scratch.candidates().get(k));
        }
        assertThat(table.size()).isEqualTo(400);
        assertThat(found).hasSizeGreaterThanOrEqualTo(100).containsExactlyInAnyOrderElementsOf(within0(layout, slots, key));
    }

    private static List<Integer> within0(SubstringLayout layout, Slots slots, int key) {
        List<Integer> same = new ArrayList<>();
        for (int slot = 0; slot < slots.count; slot++) {
            if (layout.substring(slots.hashChunk(slot), Slots.wordAt(slot), 0) == key) {
                same.add(slot);
            }
        }
        return same;
    }

    private static List<Integer> within(SubstringLayout layout, int substring, Slots slots, int key) {
        List<Integer> slotsWithin = new ArrayList<>();
        for (int slot = 0; slot < slots.count; slot++) {
            int value = layout.substring(slots.hashChunk(slot), Slots.wordAt(slot), substring);
            if (slots.isLive(slot) && Integer.bitCount(value ^ key) <= layout.radius(substring)) {
                slotsWithin.add(slot);
            }
        }
        return slotsWithin;
    }

    private static long[] words(PdqHash hash) {
        return new long[] {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
    }
}
