package nl.samenspel.demodata;

/** One message ready for a ZIP archive: its entry name and its UTF-8 bytes. */
record XmlBericht(String naam, byte[] inhoud) {
}
