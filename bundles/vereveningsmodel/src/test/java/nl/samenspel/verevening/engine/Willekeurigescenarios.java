package nl.samenspel.verevening.engine;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/**
 * For the properties that hold for any run: {@code @ForAll("scenarios") Scenario scenario} draws
 * from {@link Scenario#willekeurig()}. A property class implements it rather than declaring the
 * provider again; one that needs narrower runs adds its own provider beside it.
 */
interface Willekeurigescenarios {

    @Provide
    default Arbitrary<Scenario> scenarios() {
        return Scenario.willekeurig();
    }
}
