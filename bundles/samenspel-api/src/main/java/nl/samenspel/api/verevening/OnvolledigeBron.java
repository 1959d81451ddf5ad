package nl.samenspel.api.verevening;

import java.util.List;

/** A module cannot give the equalization's inputs for a year; every reason is listed. */
public class OnvolledigeBron extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> redenen;

    public OnvolledigeBron(List<String> redenen) {
        super(String.join("; ", redenen));
        this.redenen = List.copyOf(redenen);
    }

    public List<String> redenen() {
        return redenen;
    }
}
