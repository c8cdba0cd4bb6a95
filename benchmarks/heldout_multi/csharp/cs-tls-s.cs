public static class PartnerHttp
{
    public static HttpClient Create()
    {
        var handler = new HttpClientHandler();
        return new HttpClient(handler) { BaseAddress = new Uri("https://api.partner.com/") };
    }
}
