require 'sinatra'

DISCOUNTS = { 'ten' => ->(p) { p * 0.9 }, 'twenty' => ->(p) { p * 0.8 } }.freeze

post '/discount' do
  price = params['price'].to_f
  formula = DISCOUNTS.fetch(params['formula'], ->(p) { p })
  result = formula.call(price)
  result.to_s
end
