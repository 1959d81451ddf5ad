package nl.samenspel.module;

/**
 * A record of one gemeente, such as an allocation, a start of care, a declaration line or a
 * budget: a node may send only its own gemeente's ({@link Importgang#alleenVoorAfzender}).
 */
public interface Gemeentelijk {

    /** The CBS code of the gemeente the record is for. */
    String gemeente();

    /**
     * The gemeente of a record a node sends.
     *
     * @throws IllegalArgumentException for a record of a kind no node sends
     */
    static String van(Object record) {
        if (record instanceof Gemeentelijk g) {
            return g.gemeente();
        }
        throw new IllegalArgumentException("geen record dat een knooppunt verstuurt: " + record.getClass().getSimpleName());
    }
}
