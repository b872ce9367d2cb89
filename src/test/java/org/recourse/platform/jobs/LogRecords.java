package org.recourse.platform.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What a logger logged while a test ran: open it with try-with-resources, read {@link #records()}. */
final class LogRecords extends Handler implements AutoCloseable {

    private final Logger log;
    private final List<LogRecord> records = new ArrayList<>();

    private LogRecords(Logger log) {
        this.log = log;
        log.addHandler(this);
    }

    static LogRecords of(Logger log) {
        return new LogRecords(log);
    }

    List<LogRecord> records() {
        return records;
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        log.removeHandler(this);
    }
}
