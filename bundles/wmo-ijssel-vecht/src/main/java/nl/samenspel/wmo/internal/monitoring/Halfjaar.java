package nl.samenspel.wmo.internal.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A half-year as the CBS Monitor Sociaal Domein Wmo reports it: {@code 2025-H1} is January through June. */
public record Halfjaar(int jaar, int helft) {

    private static final Pattern VORM = Pattern.compile("(\\d{4})-H([12])");

    public Halfjaar {
        if (helft != 1 && helft != 2) {
            throw new IllegalArgumentException("een halfjaar is H1 of H2");
        }
    }

    public static Optional<Halfjaar> lees(String tekst) {
        Matcher m = tekst == null ? null : VORM.matcher(tekst);
        return m != null && m.matches() ? Optional.of(new Halfjaar(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    public YearMonth eersteMaand() {
        return YearMonth.of(jaar, helft == 1 ? 1 : 7);
    }

    public YearMonth laatsteMaand() {
        return YearMonth.of(jaar, helft == 1 ? 6 : 12);
    }

    public LocalDate van() {
        return eersteMaand().atDay(1);
    }

    public LocalDate tot() {
        return laatsteMaand().atEndOfMonth();
    }

    public List<YearMonth> maanden() {
        return java.util.stream.IntStream.range(0, 6).mapToObj(i -> eersteMaand().plusMonths(i)).toList();
    }

    public Halfjaar volgende() {
        return helft == 1 ? new Halfjaar(jaar, 2) : new Halfjaar(jaar + 1, 1);
    }

    /** How many half-years from this one to {@code tot}, both counted; 0 when {@code tot} comes first. */
    public int aantalTot(Halfjaar tot) {
        return Math.max(0, (tot.jaar - jaar) * 2 + tot.helft - helft + 1);
    }

    public Halfjaar jaarEerder() {
        return new Halfjaar(jaar - 1, helft);
    }

    public static List<Halfjaar> vanJaar(int jaar) {
        return List.of(new Halfjaar(jaar, 1), new Halfjaar(jaar, 2));
    }

    @Override
    public String toString() {
        return jaar + "-H" + helft;
    }
}
