require 'net/http'
require 'json'

SLACK_TOKEN = 'xoxb-2817364051-9182736450-QwErTyUiOpAsDfGhJkLzXcVb'

uri = URI('https://slack.com/api/chat.postMessage')
req = Net::HTTP::Post.new(uri, 'Authorization' => "Bearer #{SLACK_TOKEN}", 'Content-Type' => 'application/json')
req.body = { channel: '#deploys', text: ARGV.join(' ') }.to_json
Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| puts http.request(req).body }
