package nl.samenspel.audit.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One in-memory audit database per test class, made before its first test and dropped after its last. */
public abstract class MetTestdatabase {

    protected static Testdatabase db;

    @BeforeAll
    static void database() {
        db = new Testdatabase();
    }

    @AfterAll
    static void weg() {
        db.weg();
    }
}
