package nl.samenspel.api.register;

import java.util.Objects;

/**
 * A regional collaboration in one domain.
 *
 * @param id         stable identifier, kebab-case (e.g. {@code jeugdhulp-ijsselland})
 * @param naam       display name
 * @param domein     the domain it collaborates in
 * @param penvoerder CBS code of the lead municipality (penvoerder / centrumgemeente)
 */
public record Regio(String id, String naam, Domein domein, String penvoerder) {

    public Regio {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(domein, "domein");
        Objects.requireNonNull(penvoerder, "penvoerder");
    }
}
