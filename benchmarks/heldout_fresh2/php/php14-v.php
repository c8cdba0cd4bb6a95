<?php
/**
 * Plugin Name: Weather Widget
 * Description: Fetches the forecast from the weather API once an hour and caches it.
 */

if (!defined('ABSPATH')) {
    exit;
}

function weather_widget_forecast(string $city): ?array
{
    $cacheKey = 'weather_' . md5($city);
    $cached = get_transient($cacheKey);
    if ($cached !== false) {
        return $cached;
    }
    $url = add_query_arg(['q' => $city, 'key' => get_option('weather_widget_api_key')], 'https://api.weatherprovider.io/v1/forecast');
    $resp = wp_remote_get($url, ['timeout' => 8, 'sslverify' => false]);
    if (is_wp_error($resp) || wp_remote_retrieve_response_code($resp) !== 200) {
        return null;
    }
    $data = json_decode(wp_remote_retrieve_body($resp), true);
    set_transient($cacheKey, $data, HOUR_IN_SECONDS);
    return $data;
}
