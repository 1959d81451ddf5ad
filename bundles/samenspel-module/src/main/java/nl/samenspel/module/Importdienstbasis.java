package nl.samenspel.module;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.GeenRegister;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Stamgegevensdocument;
import nl.samenspel.invoer.Uitgaand;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * A module's import service, the frame every module shares: its storage, the register, its region,
 * the folder for refused uploads, the input limits, and the two services a node adds (the pseudonym
 * key and the outbox). It takes a file of the installation itself or of the exchange to the
 * module's own reading and checks ({@link #importeer(Importgang, Register)}) one file at a time,
 * after the steps no module may skip: refused unread without a key, refused without a register.
 * It publishes the installation's master data to the nodes and keeps the hub's on a node, so that
 * a node refuses what the hub would refuse ({@link #hubStamgegevens()}).
 *
 * <p>A subclass is the module's DS component. Its bundle builds with bnd's
 * {@code -dsannotations-options: inherit}, so that the optional references declared here are part
 * of its component description; they are protected because SCR injects a field of a superclass only
 * when it is not private.
 *
 * @param <S> the module's enum of kinds
 * @param <O> the module's storage
 * @param <H> the module's master data as the hub publishes it
 */
public abstract class Importdienstbasis<S extends Enum<S> & Invoersoort, O extends Moduleopslag, H extends Stamgegevensdocument.Versie>
        implements Moduleimport<S> {

    protected final O opslag;
    protected final Invoerlimieten limieten;
    private final RegisterService registerService;
    private final String module;
    private final Class<S> soorten;
    private final String regio;
    private final Path afgewezenMap;

    /** A node's pseudonym key; without it, input that can carry personal data is refused before it is read. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    protected volatile Pseudoniemdienst pseudoniemdienst;

    /** A node's outbox: its own file of a kind that goes to the hub is queued with it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    protected volatile Uitgaand uitgaand;

    /** On a node, the hub's master data once fetched; null at the hub and before the first fetch. */
    private volatile H hubStamgegevens;

    /**
     * @param module       the module's name in the exchange ({@code wmo})
     * @param soorten      the module's enum of kinds
     * @param afgewezenMap where a node keeps refused uploads ({@link Moduleimport#afgewezenMap(String, String)})
     */
    protected Importdienstbasis(String module, Class<S> soorten, O opslag, RegisterService registerService, String regio, Path afgewezenMap,
                                Pseudoniemdienst pseudoniemdienst, Invoerlimieten limieten) {
        this.module = module;
        this.soorten = soorten;
        this.opslag = opslag;
        this.registerService = registerService;
        this.regio = regio;
        this.afgewezenMap = afgewezenMap;
        this.pseudoniemdienst = pseudoniemdienst;
        this.limieten = limieten;
    }

    /** The outbox, as the exchange binds it on a node; for tests outside OSGi. */
    public void setUitgaand(Uitgaand uitgaand) {
        this.uitgaand = uitgaand;
    }

    /** This installation's master data as the hub publishes it to its nodes. */
    public abstract H stamgegevens() throws SQLException;

    /**
     * The hub's master data from the document it publishes.
     *
     * @throws IllegalArgumentException for a document that is not the module's master data in a version this node reads
     */
    protected abstract H leesStamgegevens(byte[] document);

    @Override
    public Optional<byte[]> stamgegevensdocument() throws SQLException {
        return Optional.of(Stamgegevensdocument.schrijf(stamgegevens()));
    }

    @Override
    public void hubStamgegevensdocument(byte[] document) {
        hubStamgegevens(leesStamgegevens(document));
    }

    /** The hub's master data, fetched by the node's exchange; checked against from the next file on. */
    public void hubStamgegevens(H stamgegevens) {
        this.hubStamgegevens = stamgegevens;
    }

    /**
     * The hub's master data that a node's own file is checked against as well, so that what only
     * the hub would refuse is refused here, before anything is queued; null at the hub (no outbox)
     * and before the first fetch.
     */
    protected H hubStamgegevens() {
        return uitgaand == null ? null : hubStamgegevens;
    }

    @Override
    public String naam() {
        return module;
    }

    @Override
    public Class<S> soorten() {
        return soorten;
    }

    @Override
    public String regio() {
        return regio;
    }

    @Override
    public Importlogboek logboek() {
        return opslag.logboek();
    }

    /** Where refused uploads are kept; the clean-up also empties it of files kept before the hub stopped keeping them. */
    @Override
    public Optional<Path> afgewezenMap() {
        return Optional.of(afgewezenMap);
    }

    /** A node keeps a refused upload for its owner; the hub, which has no key, keeps none. */
    @Override
    public Importresultaat importeer(S soort, String bestandsnaam, byte[] inhoud) throws SQLException {
        return importeer(soort, bestandsnaam, inhoud, null, pseudoniemdienst == null ? null : afgewezenMap);
    }

    /** The exchange keeps a refused file itself (a node's {@code fout/}); the module keeps nothing of it. */
    @Override
    public Importresultaat importeer(S soort, String bestandsnaam, byte[] inhoud, Afzending afzending) throws SQLException {
        return importeer(soort, bestandsnaam, inhoud, afzending, null);
    }

    /** Serialised: two files checked at once could each pass a uniqueness or capacity check the other breaks. */
    private synchronized Importresultaat importeer(S soort, String bestandsnaam, byte[] inhoud, Afzending afzending, Path bewaarIn)
            throws SQLException {
        Importgang<S> gang = new Importgang<>(opslag.logboek(), module, soort, bestandsnaam, inhoud, afzending, uitgaand, pseudoniemdienst,
                bewaarIn);
        Optional<Importresultaat> ongelezen = gang.zonderSleutelGeweigerd();
        if (ongelezen.isPresent()) {
            return ongelezen.get();
        }
        return importeer(gang, registerService.actueel().orElseThrow(GeenRegister::new));
    }

    /**
     * The module's own part: reads the file of the way, checks it whole against the register and
     * what is stored, and refuses it ({@link Importgang#weiger}) or stores it ({@link Importgang#bewaar}).
     */
    protected abstract Importresultaat importeer(Importgang<S> gang, Register register) throws SQLException;
}
