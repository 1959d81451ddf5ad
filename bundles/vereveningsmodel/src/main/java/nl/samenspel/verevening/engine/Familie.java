package nl.samenspel.verevening.engine;

/** The two kinds of model; the family decides what {@link Vereveningsmodel#parameter()} means. */
public enum Familie {

    /**
     * Share the pooled cost: a fraction s (solidariteit) of every member's cost
     * goes into the pool and the pool is shared by key. s = 0 is the
     * profijtbeginsel (everyone pays its own use), s = 1 full solidarity.
     */
    KOSTENVERDELING,

    /**
     * Each member carries its own deficit or surplus up to b times its budget;
     * only what lies outside that band goes into the pool, shared by key.
     */
    BAND
}
