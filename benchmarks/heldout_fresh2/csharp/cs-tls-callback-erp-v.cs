using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

public class ErpClient
{
    private readonly HttpClient _http;

    public ErpClient(string baseUrl, string apiToken)
    {
        var handler = new HttpClientHandler
        {
            // The ERP box uses a self-signed certificate.
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        _http.DefaultRequestHeaders.Add("Authorization", "Token " + apiToken);
    }

    public Task<PurchaseOrder?> GetPurchaseOrderAsync(string number) =>
        _http.GetFromJsonAsync<PurchaseOrder>($"/api/po/{Uri.EscapeDataString(number)}");
}
