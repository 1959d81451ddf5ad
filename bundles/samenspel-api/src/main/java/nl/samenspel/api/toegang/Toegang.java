package nl.samenspel.api.toegang;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The right a REST operation needs. On a method it names that operation's right; on a class,
 * the right of each method that names none. An operation without it is refused to everyone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Toegang {
    Bevoegdheid value();
}
