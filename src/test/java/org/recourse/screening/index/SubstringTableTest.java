package org.recourse.screening.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.screening.hash.PdqHash;

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
