package nl.samenspel.uitwisseling.internal.knooppunt;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@value #PID}: how a node exchanges with its hub. Its municipality and the hub's URL are in {@code nl.samenspel.node}. */
@ObjectClassDefinition(name = "Samenspel uitwisseling (knooppunt)",
        description = "Inbox, outbox and the two-way TLS connection of a node to its hub (docs/operations.md)")
public @interface UitwisselingConfig {

    String PID = "nl.samenspel.uitwisseling";

    @AttributeDefinition(name = "Sleutelopslag", description = "PKCS12 file with this node's key and certificate (OIN in the subject serialNumber)")
    String sleutelopslag();

    @AttributeDefinition(name = "Vertrouwensopslag", description = "PKCS12 file with the CA that signed the hub's certificate")
    String vertrouwensopslag();

    @AttributeDefinition(name = "Wachtwoord", description = "Password of both stores", type = AttributeType.PASSWORD)
    String wachtwoord();

    @AttributeDefinition(name = "Inbox", description = "Folder with one subfolder per module and kind; empty: ${karaf.data}/inbox")
    String inbox() default "";

    @AttributeDefinition(name = "Verwerkt", description = "Where read files go: klaar/ (accepted) and fout/ (refused, with report); empty: ${karaf.data}/uitwisseling")
    String verwerkt() default "";

    @AttributeDefinition(name = "Pogingen per inboxbestand", description = "A file whose reading fails for a reason tied to the file"
            + " (not: no register, no database) is tried this often, then put aside in fout/ so the files behind it proceed", min = "1", max = "100")
    int inboxPogingen() default 3;

    @AttributeDefinition(name = "Batchgrootte", description = "Records per batch sent to the hub; an import is cut into batches when it is queued, so a change applies to imports after it", min = "1", max = "100000")
    int batchgrootte() default 5000;

    @AttributeDefinition(name = "Eerste wachttijd (ms)", description = "Wait after the first failed attempt; doubled after each next failure", min = "10")
    long wachttijdMinimumMs() default 1000;

    @AttributeDefinition(name = "Langste wachttijd (s)", description = "The cap of the exponential backoff (Digikoppeling: 300 s)", min = "1")
    long wachttijdMaximumS() default 300;

    @AttributeDefinition(name = "Interval verzender (ms)", description = "How often the sender looks for work when the outbox was empty", min = "10")
    long intervalMs() default 500;

    @AttributeDefinition(name = "Interval afrekeningen (s)", description = "How often the node asks the hub for new statements", min = "1")
    long afrekeningIntervalS() default 60;

    @AttributeDefinition(name = "Interval stamgegevens (s)", description = "How often the node fetches the master data the hub checks"
            + " with (providers, products, tariffs, contracts, facilities), to refuse a file the hub would refuse before it is queued", min = "1")
    long stamgegevensIntervalS() default 300;

    @AttributeDefinition(name = "Time-out (s)", description = "Connect and answer time-out of a request to the hub", min = "1")
    long timeoutS() default 60;

    @AttributeDefinition(name = "Traag na (s)", description = "A batch the hub has not answered for this long shows as 'hub antwoordt"
            + " traag' in the status and the metrics, while the node still waits (up to the time-out)", min = "1")
    long traagNaS() default 10;

    @AttributeDefinition(name = "Storing na (s)", description = "When sending has failed without a break for this long, readiness"
            + " answers 503 naming the cause: the node no longer delivers its data", min = "1")
    long storingNaS() default 900;
}
