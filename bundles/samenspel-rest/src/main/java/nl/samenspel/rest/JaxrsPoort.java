package nl.samenspel.rest;

/**
 * A marker service that is there once the JAX-RS whiteboard runs and Karaf has installed its boot
 * features. Every JAX-RS application, resource and extension of Samenspel references it, so that all
 * of them are registered after the whiteboard's start, in one burst on one thread.
 *
 * <p>Why: Aries JAX-RS whiteboard 2.0.2 (over component-dsl 1.2.2) keeps the services it tracks per
 * name in a plain {@code HashMap}. A service registered on another thread while the whiteboard makes
 * its first pass throws a {@code ConcurrentModificationException} there, and that service is dropped
 * for good: one start in ten on two cores served a 404 for a resource, or for the whole API (issue 13).
 * The fix (ARIES-2065) is in no release. A component that forgets the reference is caught by a test
 * that checks every JAX-RS component of the distribution for it.
 */
public interface JaxrsPoort {
}
