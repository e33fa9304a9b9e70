package org.vscp.rest.config;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the records of one logger while a test runs. */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new ArrayList<>();

    LogCapture(Class<?> source) {
        this.logger = Logger.getLogger(source.getName());
        logger.addHandler(this);
    }

    /** Returns the messages logged at {@code level}. */
    synchronized List<String> messages(Level level) {
        return records.stream()
                .filter(logRecord -> logRecord.getLevel().equals(level))
                .map(LogRecord::getMessage)
                .toList();
    }

    @Override
    public synchronized void publish(LogRecord logRecord) {
        records.add(logRecord);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
