package nl.samenspel.testsupport;

import java.lang.reflect.Proxy;

/**
 * A component's configuration as DS gives it when nothing is configured: every attribute its
 * default. Lets a test build a component through its {@code @Activate} constructor, as DS does,
 * instead of through a constructor kept for tests.
 */
public final class Testconfig {

    private Testconfig() {
    }

    /** The component property type {@code type} with its defaults; an attribute without one is an error when read. */
    public static <T> T standaard(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, methode, argumenten) -> {
            if (methode.getDeclaringClass() == Object.class) {
                return switch (methode.getName()) {
                    case "equals" -> proxy == argumenten[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "standaard " + type.getSimpleName();
                };
            }
            if (methode.getName().equals("annotationType")) {
                return type;
            }
            Object waarde = methode.getDefaultValue();
            if (waarde == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + methode.getName() + " heeft geen standaardwaarde");
            }
            return waarde;
        }));
    }
}
