package nl.samenspel.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.DataInput;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;

/**
 * JSON from outside, read within the bounds of {@link Invoerlimieten}: every module that reads a
 * request body, a model file or another JSON input builds its {@code ObjectMapper} on
 * {@link #fabriek}, and bounds the bytes with {@link #begrens}. Over a bound, reading stops where
 * it is, before the input is held whole, and {@link #overschrijding} names the bound.
 *
 * <p>Refusals never repeat the input: {@link #beschrijving} says what was wrong by kind, line,
 * column and field path, and {@link #veldnaam} leaves out a field name that could be a value
 * (a client can send anything as a name).
 */
public final class JsonInvoer {

    /** A number may be longer than precision plus scale by a sign, a point and an exponent; longer is no decimal we accept. */
    private static final int GETAL_MARGE = 10;
    private static final Pattern GEWONE_NAAM = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1,64}");
    /** Eight digits in a row could be a BSN (nine, or eight with the leading zero lost); a field name never needs them. */
    private static final Pattern VEEL_CIJFERS = Pattern.compile("\\d{8}");

    private JsonInvoer() {
    }

    /**
     * A factory whose parsers refuse input deeper than {@code jsonDiepte}, strings longer than
     * {@code jsonTekst}, numbers longer than {@link #getalLengte}, and arrays with more than
     * {@code jsonLijst} elements (Jackson has no bound of its own for that one). Build an
     * {@code ObjectMapper} on it: {@code new ObjectMapper(JsonInvoer.fabriek(limieten))}.
     */
    public static JsonFactory fabriek(Invoerlimieten limieten) {
        Fabriek fabriek = new Fabriek(limieten.jsonLijst());
        fabriek.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limieten.jsonDiepte())
                .maxStringLength(limieten.jsonTekst())
                .maxNumberLength(getalLengte(limieten))
                .build());
        return fabriek;
    }

    /**
     * The longest JSON number read: {@code decimaalPrecisie + decimaalSchaal + 10}. A refusal of a
     * longer number names {@code decimaalPrecisie}, the setting that raises it.
     */
    public static int getalLengte(Invoerlimieten limieten) {
        return limieten.decimaalPrecisie() + limieten.decimaalSchaal() + GETAL_MARGE;
    }

    /**
     * The stream, cut off at {@code jsonBytes}: reading byte {@code jsonBytes + 1} throws a
     * {@link Limietoverschrijding}, so a body or file of any size costs at most the bound.
     */
    public static InputStream begrens(InputStream in, Invoerlimieten limieten) {
        return new Begrensd(in, limieten.jsonBytes());
    }

    /** The refusal of a JSON body or file over {@code jsonBytes}; {@code lengte} when known (Content-Length, file size), else negative. */
    public static Limietoverschrijding teGroot(long max, long lengte) {
        return new Limietoverschrijding("jsonBytes", max, lengte > 0 ? "de JSON is " + lengte + " bytes, meer dan " + max
                : "de JSON is groter dan " + max + " bytes");
    }

    /**
     * The bound a failed read went over, if that is why it failed: a {@link Limietoverschrijding} or
     * one of Jackson's {@link StreamConstraintsException}s anywhere in the chain of causes (Jackson
     * wraps them in a {@link JsonMappingException} when they occur inside an object).
     */
    public static Optional<Limietoverschrijding> overschrijding(Throwable fout, Invoerlimieten limieten) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Limietoverschrijding l) {
                return Optional.of(l);
            }
            if (t instanceof Lijstoverschrijding l) {
                return Optional.of(l.limiet);
            }
            if (t instanceof StreamConstraintsException s) {
                return Optional.of(vertaal(s, limieten));
            }
        }
        return Optional.empty();
    }

    /** Jackson's constraint messages carry only numbers; the bound is told by their first words. */
    private static Limietoverschrijding vertaal(StreamConstraintsException s, Invoerlimieten limieten) {
        String melding = s.getOriginalMessage() == null ? "" : s.getOriginalMessage();
        if (melding.startsWith("Depth")) {
            return new Limietoverschrijding("jsonDiepte", limieten.jsonDiepte(), "de JSON is dieper genest dan " + limieten.jsonDiepte()
                    + " niveaus" + plaats(s.getLocation()));
        }
        if (melding.startsWith("String length")) {
            return new Limietoverschrijding("jsonTekst", limieten.jsonTekst(), "een tekst in de JSON is langer dan " + limieten.jsonTekst()
                    + " tekens" + plaats(s.getLocation()));
        }
        // "Number length", "BigDecimal scale": a number no decimal within precision and scale can be
        return new Limietoverschrijding("decimaalPrecisie", limieten.decimaalPrecisie(), "een getal in de JSON is langer dan "
                + getalLengte(limieten) + " tekens of groter dan een decimaal met die precisie" + plaats(s.getLocation()));
    }

    /**
     * What is wrong with JSON that could not be read, without any of its content: the kind of
     * error, the line and column and (for a wrong type) the expected type; the field is
     * {@link #veldpad}. Jackson's own messages quote values ({@code Cannot deserialize ... from
     * String "123456782"}), so they are never passed on.
     */
    public static String beschrijving(JsonProcessingException e) {
        String waar = plaats(e.getLocation());
        if (e instanceof UnrecognizedPropertyException u) {
            return "onbekend veld" + bekend(u.getKnownPropertyIds()) + waar;
        }
        if (e instanceof IgnoredPropertyException) {
            return "dit veld wordt hier niet aanvaard" + waar;
        }
        if (e instanceof InvalidFormatException f) {
            return "de waarde past niet in " + typenaam(f.getTargetType()) + waar;
        }
        if (e instanceof MismatchedInputException m) {
            return (m.getTargetType() == null ? "onverwachte vorm" : "verwacht " + typenaam(m.getTargetType())) + waar;
        }
        if (e instanceof JsonMappingException) {
            return "de waarde is hier niet te gebruiken" + waar;
        }
        if (e instanceof JsonEOFException) {
            return "de JSON houdt halverwege op" + waar;
        }
        String melding = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (melding.startsWith("Duplicate field")) {
            return "een veld komt twee keer voor in hetzelfde object" + waar;
        }
        return "geen geldige JSON" + waar;
    }

    /** The field path of a mapping error ({@link #pad}); empty for a syntax error or an error at the top. */
    public static String veldpad(JsonProcessingException e) {
        return e instanceof JsonMappingException m ? pad(m.getPath()) : "";
    }

    /** The JSON path of a mapping error, e.g. {@code leden[3].gemeente}, with names that could be values left out ({@link #veldnaam}). */
    public static String pad(List<JsonMappingException.Reference> referenties) {
        return referenties.stream()
                .map(r -> r.getFieldName() != null ? "." + veldnaam(r.getFieldName()) : r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /**
     * A field or parameter name as a refusal may repeat it: names of letters, digits, {@code _ . -}
     * up to 64 characters without eight digits in a row; any other is {@code (naam weggelaten)},
     * since a client can put a BSN or a whole document where a name belongs.
     */
    public static String veldnaam(String naam) {
        return naam != null && GEWONE_NAAM.matcher(naam).matches() && !VEEL_CIJFERS.matcher(naam).find() ? naam : "(naam weggelaten)";
    }

    /** {@code " (regel 3, kolom 7)"}, or nothing when the parser has no position. */
    public static String plaats(JsonLocation locatie) {
        return locatie == null || locatie.getLineNr() < 0 ? "" : " (regel " + locatie.getLineNr() + ", kolom " + locatie.getColumnNr() + ")";
    }

    private static String bekend(java.util.Collection<Object> namen) {
        if (namen == null || namen.isEmpty()) {
            return "";
        }
        return "; bekend: " + namen.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static String typenaam(Class<?> type) {
        if (type == null) {
            return "een andere waarde";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "een getal";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true of false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "een tekst";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "een lijst";
        }
        if (type.getName().startsWith("java.time.")) {
            return "een datum of tijd (ISO 8601)";
        }
        return "een object (" + type.getSimpleName().toLowerCase(Locale.ROOT) + ")";
    }

    /** Counts bytes and refuses the first one over the bound. */
    private static final class Begrensd extends FilterInputStream {

        private final long max;
        private long gelezen;

        Begrensd(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                tel(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int van, int lengte) throws IOException {
            // never ask for more than one byte past the bound, so a refused body is not read further
            long ruimte = max + 1 - gelezen;
            int n = super.read(buffer, van, (int) Math.min(lengte, Math.max(1, ruimte)));
            if (n > 0) {
                tel(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long overgeslagen = super.skip(Math.min(n, max + 1 - gelezen));
            tel(overgeslagen);
            return overgeslagen;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void tel(long n) {
            gelezen += n;
            if (gelezen > max) {
                throw teGroot(max, -1);
            }
        }
    }

    /** Jackson's factory with parsers that count the elements of every open array. */
    private static final class Fabriek extends JsonFactory {

        private static final long serialVersionUID = 1L;

        private final int lijst;

        Fabriek(int lijst) {
            this.lijst = lijst;
        }

        private Fabriek(Fabriek bron, ObjectCodec codec) {
            super(bron, codec);
            this.lijst = bron.lijst;
        }

        @Override
        public JsonFactory copy() {
            return new Fabriek(this, null);
        }

        @Override
        protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
            return new Lijstgrens(super._createParser(in, ctxt), lijst);
        }

        @Override
        protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
            return new Lijstgrens(super._createParser(r, ctxt), lijst);
        }

        @Override
        protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
            return new Lijstgrens(super._createParser(data, offset, len, ctxt, recyclable), lijst);
        }

        @Override
        protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
            return new Lijstgrens(super._createParser(data, offset, len, ctxt), lijst);
        }

        @Override
        protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
            return new Lijstgrens(super._createParser(input, ctxt), lijst);
        }
    }

    /**
     * Refuses an array's element number {@code lijst + 1} as it is read. Stateless: the parser's
     * own context counts the entries, so skipping a value cannot put it out of step. Also turns
     * Jackson's unchecked number errors (a {@code NumberFormatException} for {@code 0E-99999999999},
     * whose message quotes the number) into a refusal by bound, so no number reaches a caller as
     * an unexpected exception.
     */
    private static final class Lijstgrens extends JsonParserDelegate {

        private final int lijst;

        Lijstgrens(JsonParser parser, int lijst) {
            super(parser);
            this.lijst = lijst;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return controleer(super.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return controleer(super.nextValue());
        }

        private JsonToken controleer(JsonToken token) throws StreamConstraintsException {
            if (token == null || token.isStructEnd()) {
                return token;
            }
            JsonStreamContext context = getParsingContext();
            // a new object or array already has its own context; the element it is, counts in its parent
            JsonStreamContext lijstContext = token.isStructStart() && context != null ? context.getParent() : context;
            if (lijstContext != null && lijstContext.inArray() && lijstContext.getEntryCount() > lijst) {
                throw new Lijstoverschrijding(lijst, getTokenLocation());
            }
            return token;
        }

        private interface Getal<T> {
            T lees() throws IOException;
        }

        private <T> T getal(Getal<T> getal) throws IOException {
            try {
                return getal.lees();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new StreamConstraintsException("Number value not representable", getTokenLocation());
            }
        }

        @Override
        public Number getNumberValue() throws IOException {
            return getal(super::getNumberValue);
        }

        @Override
        public Number getNumberValueExact() throws IOException {
            return getal(super::getNumberValueExact);
        }

        @Override
        public Object getNumberValueDeferred() throws IOException {
            return getal(super::getNumberValueDeferred);
        }

        @Override
        public NumberType getNumberType() throws IOException {
            return getal(super::getNumberType);
        }

        @Override
        public java.math.BigDecimal getDecimalValue() throws IOException {
            return getal(super::getDecimalValue);
        }

        @Override
        public java.math.BigInteger getBigIntegerValue() throws IOException {
            return getal(super::getBigIntegerValue);
        }

        @Override
        public double getDoubleValue() throws IOException {
            return getal(super::getDoubleValue);
        }

        @Override
        public float getFloatValue() throws IOException {
            return getal(super::getFloatValue);
        }

        @Override
        public int getIntValue() throws IOException {
            return getal(super::getIntValue);
        }

        @Override
        public long getLongValue() throws IOException {
            return getal(super::getLongValue);
        }

        @Override
        public double getValueAsDouble() throws IOException {
            return getal(super::getValueAsDouble);
        }

        @Override
        public double getValueAsDouble(double standaard) throws IOException {
            return getal(() -> super.getValueAsDouble(standaard));
        }

        @Override
        public int getValueAsInt() throws IOException {
            return getal(super::getValueAsInt);
        }

        @Override
        public int getValueAsInt(int standaard) throws IOException {
            return getal(() -> super.getValueAsInt(standaard));
        }

        @Override
        public long getValueAsLong() throws IOException {
            return getal(super::getValueAsLong);
        }

        @Override
        public long getValueAsLong(long standaard) throws IOException {
            return getal(() -> super.getValueAsLong(standaard));
        }
    }

    /** An array over {@code jsonLijst}; a {@link StreamConstraintsException}, so it travels as Jackson's own bounds do. */
    private static final class Lijstoverschrijding extends StreamConstraintsException {

        private static final long serialVersionUID = 1L;

        private final transient Limietoverschrijding limiet;

        Lijstoverschrijding(int lijst, JsonLocation locatie) {
            super("Array length exceeds the maximum (" + lijst + ")", locatie);
            this.limiet = new Limietoverschrijding("jsonLijst", lijst, "een lijst in de JSON heeft meer dan " + lijst + " elementen"
                    + plaats(locatie));
        }
    }
}
