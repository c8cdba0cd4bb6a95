require 'sinatra'
require 'cgi'

helpers do
  def format_status(text)
    CGI.escapeHTML(text.to_s.strip.capitalize)
  end
end

get '/status' do
  "<p class='status'>#{format_status(params['text'])}</p>"
end
