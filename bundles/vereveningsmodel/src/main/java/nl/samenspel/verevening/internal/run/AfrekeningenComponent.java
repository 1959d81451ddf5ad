package nl.samenspel.verevening.internal.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.api.verevening.Afrekeningen;
import nl.samenspel.api.verevening.DefinitieveAfrekening;
import nl.samenspel.api.verevening.Vaststellingen;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The statements of final runs, for the hub's exchange to hand to each member's node; and which runs are final, for the modules. */
@Component(service = {Afrekeningen.class, Vaststellingen.class})
public class AfrekeningenComponent implements Afrekeningen, Vaststellingen {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Vereveningsdienst dienst;

    @Activate
    public AfrekeningenComponent(@Reference Vereveningsdienst dienst) {
        this.dienst = dienst;
    }

    @Override
    public List<DefinitieveAfrekening> definitief(String gemeente) {
        try {
            List<DefinitieveAfrekening> uit = new ArrayList<>();
            for (Vaststelling v : dienst.vaststellingen()) {
                dienst.afrekening(v.run(), gemeente).ifPresent(a -> uit.add(new DefinitieveAfrekening(v.run(), v.regio(), v.jaar(), gemeente,
                        v.vastgesteld(), a.lid().budget(), a.lid().kosten(), a.lid().toerekening(), a.lid().verevening(), a.lid().saldo(),
                        json(a))));
            }
            return uit;
        } catch (SQLException e) {
            throw new IllegalStateException("definitieve afrekeningen niet te lezen: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Vastgesteld> van(String regio) {
        try {
            return dienst.vaststellingen().stream().filter(v -> v.regio().equals(regio))
                    .map(v -> new Vastgesteld(v.run(), v.regio(), v.jaar(), v.vastgesteld()))
                    .sorted(java.util.Comparator.comparingInt(Vastgesteld::jaar)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("definitieve runs niet te lezen: " + e.getMessage(), e);
        }
    }

    private static String json(Afrekening afrekening) {
        try {
            return JSON.writeValueAsString(afrekening);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("afrekening niet als JSON te schrijven", e);
        }
    }
}
