package nl.samenspel.xlsx;

import java.io.IOException;

/**
 * Runs POI code with this bundle's class loader as the thread context class
 * loader (TCCL), and restores the caller's afterwards, also when POI throws.
 *
 * <p>Why: in Karaf the TCCL is whatever the calling thread carries (a web
 * request, a Camel route, the shell), and it cannot see the POI jars embedded
 * here. Two things under POI look at it: XMLBeans, whose context type loader
 * ({@code XmlBeans.getContextTypeLoader()}, {@code XmlObject.Factory}) is built
 * from the TCCL and is used where no explicit type system is at hand, such as
 * unknown elements or {@code xsi:type} in a foreign file; and JAXP/StAX factory
 * discovery ({@code DocumentBuilderFactory.newInstance()} and friends), which
 * would pick up a parser that happens to be visible to the caller's loader.
 * With this bundle's loader both resolve to what is on its
 * {@code Bundle-ClassPath} and the JRE, deterministically.
 *
 * <p>Measured, to keep this honest: POI 5.2.5's plain write and read paths as
 * used here also worked in Karaf without the switch (a probe bundle with a TCCL
 * that sees nothing of POI), because the generated OOXML classes carry their own
 * type system. The switch is a cheap guard for the less trodden paths, not a fix
 * for an observed failure.
 */
final class PoiAanroep {

    @FunctionalInterface
    interface Actie<T> {
        T voer() throws IOException;
    }

    private PoiAanroep() {
    }

    static <T> T metBundleClassLoader(Actie<T> actie) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader vorige = thread.getContextClassLoader();
        thread.setContextClassLoader(PoiAanroep.class.getClassLoader());
        try {
            return actie.voer();
        } finally {
            thread.setContextClassLoader(vorige);
        }
    }
}
