using System.Net.Http.Json;

public sealed class ShippingRatesClient : IDisposable
{
    private readonly HttpClient _http;

    public ShippingRatesClient(Uri baseAddress, string apiKey)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(15) };
        _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    public async Task<decimal> QuoteAsync(string fromZip, string toZip, decimal weightKg)
    {
        var resp = await _http.PostAsJsonAsync("v1/quotes", new { fromZip, toZip, weightKg });
        resp.EnsureSuccessStatusCode();
        var quote = await resp.Content.ReadFromJsonAsync<QuoteResponse>();
        return quote!.Amount;
    }

    public void Dispose() => _http.Dispose();

    private sealed record QuoteResponse(decimal Amount, string Currency);
}
