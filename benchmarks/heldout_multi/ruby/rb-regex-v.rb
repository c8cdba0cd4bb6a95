require 'sinatra'
require 'json'

TAGS = %w[ruby rails sinatra rack puma].freeze

get '/tags' do
  pattern = Regexp.new(params['q'].to_s)
  TAGS.grep(pattern).to_json
end
