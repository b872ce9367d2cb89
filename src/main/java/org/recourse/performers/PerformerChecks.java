package org.recourse.performers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.screening.PerformerRecordCheck;

/**
 * The upload policy's question, answered from the records: an id is in force when a record has it, its consent was
 * not withdrawn and covers today. A record exists only with a verification, so an id the platform has not registered
 * (perhaps still verifying the person) is unknown, and counts as not in force.
 */
@ApplicationScoped
public class PerformerChecks implements PerformerRecordCheck {

    /** More people than any upload shows: beyond it, the rest are not in force (never an unbounded query). */
    static final int MAX_IDS = 200;

    @Inject
    PerformerRecordRepository records;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public List<String> notInForce(List<String> recordIds) {
        if (recordIds == null || recordIds.isEmpty()) {
            return List.of();
        }
        List<String> asked = recordIds.stream().map(id -> id == null ? "" : id).collect(Collectors.toCollection(
                LinkedHashSet::new)).stream().toList();
        List<String> wellFormed = asked.stream().limit(MAX_IDS).filter(PerformerRules::isRecordId).toList();
        Map<String, PerformerRecord> found = records.findAll(wellFormed).stream()
                .collect(Collectors.toMap(PerformerRecord::recordId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return asked.stream().filter(id -> !found.containsKey(id) || !found.get(id).inForceOn(today)).toList();
    }
}
