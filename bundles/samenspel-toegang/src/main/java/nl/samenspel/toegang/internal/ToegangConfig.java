package nl.samenspel.toegang.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Access control (PID {@code nl.samenspel.toegang}): where users come from, lockout, the credential
 * cache, bearer tokens and CORS. Keys starting with {@code ldap.} go, without that prefix, to
 * Karaf's LDAP login module when {@code backend = ldap} (docs/security.md).
 */
@ObjectClassDefinition(name = "Samenspel toegang", description = "Realm samenspel, aanmeldpogingen, tokens")
public @interface ToegangConfig {

    String PID = "nl.samenspel.toegang";

    @AttributeDefinition(description = "Waar gebruikers en rollen vandaan komen: bestand (gehashte wachtwoorden) of ldap (Active Directory)")
    String backend() default "bestand";

    @AttributeDefinition(description = "Gebruikersbestand van de backend bestand: gebruiker = {CRYPT}pbkdf2-sha256$...{CRYPT},rol,rol")
    String gebruikersbestand() default "${karaf.etc}/samenspel-gebruikers.properties";

    @AttributeDefinition(description = "Mislukte aanmeldingen van een gebruikersnaam binnen het venster voordat die geblokkeerd wordt")
    int maxFouten() default 5;

    @AttributeDefinition(description = "Mislukte aanmeldingen vanaf een adres binnen het venster voordat dat geblokkeerd wordt")
    int maxFoutenPerHerkomst() default 20;

    @AttributeDefinition(description = "Venster waarin mislukte aanmeldingen tellen, in seconden")
    int vensterS() default 300;

    @AttributeDefinition(description = "Duur van een blokkade, in seconden")
    int blokkadeS() default 300;

    @AttributeDefinition(description = "Hoe lang een geverifieerde aanmelding bewaard wordt, in seconden (0: niet)")
    int cacheS() default 60;

    @AttributeDefinition(description = "Uitgever (iss) van bearer tokens; leeg: geen tokens")
    String tokenUitgever() default "";

    @AttributeDefinition(description = "Publiek (aud) dat een token moet noemen")
    String tokenPubliek() default "samenspel";

    @AttributeDefinition(description = "JWKS met de publieke sleutels van de uitgever: een bestand of een https-URL")
    String tokenJwks() default "";

    @AttributeDefinition(description = "Claim met de rollen (lijst of door spaties gescheiden tekst)")
    String tokenRollenclaim() default "roles";

    @AttributeDefinition(description = "Claim met de naam van de client, voor het auditlog")
    String tokenNaamclaim() default "sub";

    @AttributeDefinition(description = "Een sessie van het dashboard vervalt na zoveel minuten zonder verzoek")
    int sessieInactiefMin() default 30;

    @AttributeDefinition(description = "Een sessie van het dashboard vervalt hoe dan ook na zoveel uur (opnieuw aanmelden)")
    int sessieMaxUur() default 10;

    @AttributeDefinition(description = "Hoeveel sessies er tegelijk mogen zijn; daarboven vervalt de langst ongebruikte")
    int sessiesMax() default 1000;

    @AttributeDefinition(description = "Herkomsten (scheme://host:poort) die de API vanuit een browser mogen aanroepen; leeg: CORS uit")
    String[] corsHerkomsten() default {};
}
