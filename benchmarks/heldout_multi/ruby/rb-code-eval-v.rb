require 'sinatra'

post '/discount' do
  price = params['price'].to_f
  formula = params['formula']
  result = eval(formula.gsub('price', price.to_s))
  result.to_s
end
