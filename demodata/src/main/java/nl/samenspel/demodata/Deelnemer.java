package nl.samenspel.demodata;

import java.time.YearMonth;

/** A participant of a general provision in a month whom its provider knows by name: a BSN, as a case system has it. */
public record Deelnemer(String gemeente, String agb, String categorie, String productcode, YearMonth maand, String bsn) {
}
