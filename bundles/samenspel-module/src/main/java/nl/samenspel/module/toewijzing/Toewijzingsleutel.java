package nl.samenspel.module.toewijzing;

/** An allocation's number is unique within the gemeente that issued it. */
public record Toewijzingsleutel(String gemeente, long nummer) {
    @Override
    public String toString() {
        return gemeente + "/" + nummer;
    }
}
