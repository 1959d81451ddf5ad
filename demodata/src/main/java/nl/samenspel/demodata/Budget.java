package nl.samenspel.demodata;

/** A gemeente's youth-care budget for one year in eurocent; totaal == regionaal + lokaal. */
public record Budget(String gemeente, int jaar, long totaal, long regionaal, long lokaal) {
}
