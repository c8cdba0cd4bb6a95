require 'sinatra'

helpers do
  def format_status(text)
    text.to_s.strip.capitalize
  end
end

get '/status' do
  "<p class='status'>#{format_status(params['text'])}</p>"
end
