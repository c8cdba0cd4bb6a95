require 'sinatra'

PAGES = %w[/ /cart /checkout].freeze

get '/continue' do
  redirect(PAGES.include?(params['next']) ? params['next'] : '/')
end
