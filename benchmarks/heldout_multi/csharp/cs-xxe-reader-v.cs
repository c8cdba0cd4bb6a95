using System.Xml;

public static class InvoiceReader
{
    public static int CountInvoices(Stream input)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        using var reader = XmlReader.Create(input, settings);
        int n = 0;
        while (reader.Read()) if (reader.NodeType == XmlNodeType.Element && reader.Name == "invoice") n++;
        return n;
    }
}
